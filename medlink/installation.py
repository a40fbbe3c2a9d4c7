"""Is this installation complete?  (Used by ``--self-check`` and the install tests.)

A wheel or bundle that lost part of ``resources/`` must say so at once instead
of failing later on some screen, or — worse — working with an empty
common-password list.
"""

from __future__ import annotations

from medlink.paths import ResourcesMissing, resources_root

#: Files every installation carries (paths inside ``resources/``).
REQUIRED_RESOURCES: tuple[str, ...] = (
    "templates/footer.txt",
    "templates/layout.html",
    "templates/automatic_note.txt",
    "chatbot/knowledge_base.json",
    "chatbot/hindi_lexicon.json",
    "fonts/DejaVuSans.ttf",
    "fonts/DejaVuSans-Bold.ttf",
    "security/common-passwords.txt",
    "icons/medlink.png",
)


def installation_problems() -> list[str]:
    """Sentences describing what is missing or broken; empty when the installation is whole."""
    try:
        root = resources_root()
    except ResourcesMissing as exc:
        return [str(exc)]
    problems = [f"Missing data file: {root / name}" for name in REQUIRED_RESOURCES if not (root / name).is_file()]
    if problems:
        return problems
    checks = (
        ("common-password list", _check_passwords),
        ("health assistant knowledge base", _check_knowledge_base),
        ("health assistant Hindi lexicon", _check_hindi_lexicon),
        ("receipt fonts", _check_fonts),
        ("e-mail templates", _check_templates),
        ("database encryption (SQLCipher)", _check_sqlcipher),
    )
    for label, check in checks:
        try:
            check()
        except Exception as exc:  # noqa: BLE001 - every failure becomes one sentence
            problems.append(f"The {label} cannot be loaded: {exc}")
    return problems


def _check_sqlcipher() -> None:
    """The SQLCipher library is there and encrypts (the bundle must carry sqlcipher3 and its libcrypto)."""
    from medlink.db.cipher import sqlcipher_module

    conn = sqlcipher_module().connect(":memory:")
    try:
        conn.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
        version = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    if not version or not version[0]:
        raise RuntimeError("the sqlite3 module in use is not SQLCipher")


def _check_passwords() -> None:
    from medlink.errors import ValidationError
    from medlink.security.passwords import check_password_policy

    try:
        check_password_policy("password123")
    except ValidationError:
        return
    raise RuntimeError("'password123' was accepted as a password")


def _check_knowledge_base() -> None:
    from medlink.chatbot.knowledge import load_knowledge_base

    if not load_knowledge_base().conditions:
        raise RuntimeError("it has no conditions")


def _check_hindi_lexicon() -> None:
    from medlink.chatbot.hindi import hindi_lexicon

    hindi_lexicon()  # validates the file


def _check_fonts() -> None:
    from medlink.receipts.fonts import register_fonts

    register_fonts()


def _check_templates() -> None:
    from medlink.mail.templates import load_template

    load_template("footer.txt")
    load_template("layout.html")
