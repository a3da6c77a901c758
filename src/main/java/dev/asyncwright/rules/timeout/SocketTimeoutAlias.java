package dev.asyncwright.rules.timeout;

import dev.asyncwright.python.PythonVersion;
import dev.asyncwright.rules.RuleDoc;
import java.util.Set;

/**
 * AW504: {@code socket.timeout}, an alias of the builtin {@code TimeoutError} since Python 3.10,
 * written where the builtin would do ({@link BuiltinTimeoutAlias} checks and fixes), as Ruff's
 * UP041 finds it.
 */
public final class SocketTimeoutAlias extends BuiltinTimeoutAlias {

  public SocketTimeoutAlias() {
    super(
        new Alias(
            Set.of("socket.timeout"),
            Set.of("socket"),
            "timeout",
            new PythonVersion(10),
            "socket.timeout"));
  }

  @Override
  public String code() {
    return "AW504";
  }

  @Override
  public String name() {
    return "socket-timeout-alias";
  }

  @Override
  public String finds() {
    return "`socket.timeout`, an alias of `TimeoutError`";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "Every reference to `socket.timeout` (under any import alias of `socket`, and a name"
            + " bound by `from socket import timeout [as X]`), anywhere in the file: `except`"
            + " clauses, `raise`, `isinstance` tuples. A socket's own `timeout` attribute"
            + " (`sock.timeout`, its timeout in seconds) is another thing and is not reported.",
        "Since Python 3.10 `socket.timeout` is the builtin `TimeoutError` under another name, and"
            + " deprecated as such. Code that catches it next to asyncio's timeouts reads as if"
            + " there were two exceptions to handle; there is one. The asyncio streams raise the"
            + " builtin.",
        "import socket\n"
            + "\n"
            + "\n"
            + "def fetch(address):\n"
            + "    sock = socket.create_connection(address, timeout=5)\n"
            + "    try:\n"
            + "        return sock.recv(1024)\n"
            + "    except socket.timeout:\n"
            + "        return b\"\"",
        "import socket\n"
            + "\n"
            + "\n"
            + "def fetch(address):\n"
            + "    sock = socket.create_connection(address, timeout=5)\n"
            + "    try:\n"
            + "        return sock.recv(1024)\n"
            + "    except TimeoutError:\n"
            + "        return b\"\"",
        "Safe on Python 3.10+, where both names are the same object (only code that rebinds"
            + " `socket.timeout` itself, a mock of the module, would see them differ). Not offered"
            + " where the builtin `TimeoutError` is shadowed at that spot. Code in a branch for"
            + " older Pythons (`if sys.version_info < (3, 10):`) is not reported. A dotted"
            + " reference is replaced in place; when the rewritten references were the only uses"
            + " of `import socket`, the last of their fixes removes the import too, and that one"
            + " is unsafe (another module may read this one's `socket` attribute). A name imported"
            + " with `from socket import timeout [as X]` is fixed by one fix for all its uses: the"
            + " imported name is removed from its import and its uses become `TimeoutError`; that"
            + " fix is not offered when some use cannot be rewritten or the name is listed in"
            + " `__all__`, and is unsafe when the import is at module level: another module may"
            + " import the name from this one.",
        "3.10 (where `socket.timeout` became the builtin)");
  }
}
