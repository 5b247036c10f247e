using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Web.Tests.Directory;

/// <summary>A system of its own: imports deactivate everyone a file leaves out, which other tests' people must not suffer.</summary>
public sealed class DirectorySystem : LiveSystem;
