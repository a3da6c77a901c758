package dev.asyncwright.config;

import dev.asyncwright.python.PythonVersion;

/**
 * The oldest Python a project supports, and where that was read: {@code python_requires = >=3.10 in
 * setup.cfg}. The origin is shown to the user, so that a wrong target is seen at once.
 */
public record DeclaredTarget(PythonVersion version, String origin) {

  /** What is assumed when nothing declares a version, as Ruff assumes it. */
  public static final DeclaredTarget DEFAULT =
      new DeclaredTarget(
          PythonVersion.DEFAULT,
          "the default: no pyproject.toml, setup.cfg, setup.py or tox.ini says which Pythons the"
              + " project supports");

  /** {@code 3.10, from python_requires = >=3.10 in setup.cfg}. */
  public String describe() {
    return version + ", from " + origin;
  }
}
