/// IAM and STS answers in the shapes AWS documents (IAM and STS API references, "Examples"),
/// with the values of this suite. The STS success holds a marked secret that must never escape.
enum RecordedAnswers {
  static let secretMark = "FEDTUI-SECRET-MARK-7f3a"

  static let idpMessage =
    "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements"

  static let getRole = """
    <GetRoleResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
      <GetRoleResult>
        <Role>
          <Path>/ci/</Path>
          <AssumeRolePolicyDocument>%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22Federated%22%3A%22arn%3Aaws%3Aiam%3A%3A123456789012%3Aoidc-provider%2Ftoken.actions.githubusercontent.com%22%7D%2C%22Action%22%3A%22sts%3AAssumeRoleWithWebIdentity%22%7D%5D%7D</AssumeRolePolicyDocument>
          <MaxSessionDuration>7200</MaxSessionDuration>
          <RoleId>AROADBQP57FF2AEXAMPLE</RoleId>
          <RoleName>deploy</RoleName>
          <Arn>arn:aws:iam::123456789012:role/ci/deploy</Arn>
          <CreateDate>2026-11-01T10:00:00Z</CreateDate>
        </Role>
      </GetRoleResult>
      <ResponseMetadata><RequestId>df37e965-9967-11e1-a4c3-270EXAMPLE04</RequestId></ResponseMetadata>
    </GetRoleResponse>
    """

  static let getProvider = """
    <GetOpenIDConnectProviderResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
      <GetOpenIDConnectProviderResult>
        <ThumbprintList>
          <member>6938FD4D98BAB03FAADB97B34396831E3780AEA1</member>
        </ThumbprintList>
        <CreateDate>2026-11-01T10:00:00Z</CreateDate>
        <ClientIDList>
          <member>sts.amazonaws.com</member>
          <member>my-app</member>
        </ClientIDList>
        <Url>token.actions.githubusercontent.com</Url>
      </GetOpenIDConnectProviderResult>
      <ResponseMetadata><RequestId>2c91531b-4f65-11e4-aefa-bfd6aEXAMPLE</RequestId></ResponseMetadata>
    </GetOpenIDConnectProviderResponse>
    """

  static let listProviders = """
    <ListOpenIDConnectProvidersResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
      <ListOpenIDConnectProvidersResult>
        <OpenIDConnectProviderList>
          <member><Arn>arn:aws:iam::123456789012:oidc-provider/vstoken.actions.githubusercontent.com</Arn></member>
          <member><Arn>arn:aws:iam::123456789012:oidc-provider/gitlab.example.com/</Arn></member>
        </OpenIDConnectProviderList>
      </ListOpenIDConnectProvidersResult>
      <ResponseMetadata><RequestId>de2c0228-4f63-11e4-aefa-bfd6aEXAMPLE</RequestId></ResponseMetadata>
    </ListOpenIDConnectProvidersResponse>
    """

  static let noSuchEntity = """
    <ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
      <Error>
        <Type>Sender</Type>
        <Code>NoSuchEntity</Code>
        <Message>The role with name deploy cannot be found.</Message>
      </Error>
      <RequestId>4a2b8bd5-0ecf-4f36-9a3e-EXAMPLE</RequestId>
    </ErrorResponse>
    """

  static let stsSuccess = """
    <AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
      <AssumeRoleWithWebIdentityResult>
        <SubjectFromWebIdentityToken>repo:octo/app:ref:refs/heads/main</SubjectFromWebIdentityToken>
        <Audience>sts.amazonaws.com</Audience>
        <AssumedRoleUser>
          <Arn>arn:aws:sts::123456789012:assumed-role/deploy/fedtui</Arn>
          <AssumedRoleId>AROACLKWSDQRAOEXAMPLE:fedtui</AssumedRoleId>
        </AssumedRoleUser>
        <Credentials>
          <SessionToken>\(secretMark)-session</SessionToken>
          <SecretAccessKey>\(secretMark)-secret</SecretAccessKey>
          <Expiration>2026-12-02T06:00:00Z</Expiration>
          <AccessKeyId>ASIA\(secretMark)</AccessKeyId>
        </Credentials>
        <Provider>arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com</Provider>
      </AssumeRoleWithWebIdentityResult>
      <ResponseMetadata><RequestId>ad4156e9-bce1-11e2-82e6-6b6efEXAMPLE</RequestId></ResponseMetadata>
    </AssumeRoleWithWebIdentityResponse>
    """

  static func stsError(_ code: String, _ message: String) -> String {
    """
    <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
      <Error><Type>Sender</Type><Code>\(code)</Code><Message>\(message)</Message></Error>
      <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>
    </ErrorResponse>
    """
  }
}
