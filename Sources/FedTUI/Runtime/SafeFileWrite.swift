#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Exports never follow a symlink, never reuse an existing file's mode, and never overwrite
/// without the operator's yes: `create` is `O_CREAT|O_EXCL|O_NOFOLLOW` with mode 0600; `replace`
/// writes a new 0600 file next to the target and renames it over the path (a symlink at the
/// path is itself replaced; its target is untouched).
extension FileIO {
  /// Creates a new file; an existing path (a symlink included, even a dangling one) fails with `exists`.
  static func create(_ path: String, _ contents: String) -> FileFailure? {
    let fd = open(expand(path), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard fd >= 0 else {
      let code = errno
      return FileFailure(message: String(cString: strerror(code)), exists: code == EEXIST)
    }
    defer { close(fd) }
    if fchmod(fd, 0o600) != 0 { return FileFailure(message: String(cString: strerror(errno))) }
    return writeAll(fd, contents)
  }

  /// Replaces `path` with a new 0600 file holding `contents` (write to a temporary, then `rename`).
  static func replace(_ path: String, _ contents: String) -> FileFailure? {
    let target = expand(path)
    var info = stat()
    if lstat(target, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR { return FileFailure(message: "is a directory") }
    let slash = target.lastIndex(of: "/")
    let directory = slash.map { String(target[...$0]) } ?? ""
    var template = Array((directory + ".fedtui-export-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { return FileFailure(message: String(cString: strerror(errno))) }
    let temporary = String(cString: template)
    var failure: FileFailure? = fchmod(fd, 0o600) == 0 ? writeAll(fd, contents) : FileFailure(message: String(cString: strerror(errno)))
    if failure == nil && fsync(fd) != 0 { failure = FileFailure(message: String(cString: strerror(errno))) }
    close(fd)
    if failure == nil && rename(temporary, target) != 0 { failure = FileFailure(message: String(cString: strerror(errno))) }
    if failure != nil { unlink(temporary) }
    return failure
  }

  static func writeAll(_ fd: Int32, _ contents: String) -> FileFailure? {
    var bytes = Array(contents.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
      if n <= 0 { return FileFailure(message: String(cString: strerror(errno))) }
      offset += n
    }
    return nil
  }
}
