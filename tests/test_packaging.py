"""Guards on what we ship: the core has no Qt, and the Qt we pin does not crash."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_core_and_cli_never_import_qt() -> None:
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import qda_app
        for info in pkgutil.walk_packages(qda_app.__path__, "qda_app."):
            if not info.name.startswith("qda_app.ui"):
                importlib.import_module(info.name)
        from qda_app.cli.main import build_parser
        build_parser()
        print(sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))))
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_50000_void_calls_do_not_crash_pyside() -> None:
    """PySide6 6.12.0 on CPython < 3.12 dies with 'none_dealloc' after ~5,000 such calls."""
    code = textwrap.dedent(
        """
        from PySide6.QtCore import QObject
        from PySide6.QtGui import QTextCursor, QTextDocument
        obj = QObject()
        doc = QTextDocument("x" * 100)
        cursor = QTextCursor(doc)
        for i in range(50000):
            obj.setObjectName("n")
            cursor.setPosition(i % 100)
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=300, env={"QT_QPA_PLATFORM": "offscreen",
                                              **__import__("os").environ})
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"


def test_every_package_and_resource_is_shipped() -> None:
    """A non-editable install must carry every subpackage and the sample/schema/i18n files."""
    from pathlib import Path

    import tomllib

    root = Path(__file__).resolve().parent.parent
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(root).parts)
             for p in root.glob("qda_app/**/__init__.py")}
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    data = config["tool"]["setuptools"]["package-data"]
    resources = root / "resources"
    shipped = {f for pkg, globs in data.items() for g in globs
               for f in (resources / "/".join(pkg.split(".")[2:])).glob(g)}
    needed = {resources / "workshop-protocol-2021-05-20.txt", resources / "sample_codes.json",
              resources / "sample_codings.json", resources / "i18n" / "kodierwerk_de.qm",
              resources / "refi" / "Project-mrt2019.xsd", resources / "refi" / "Codebook.xsd"}
    assert needed <= shipped


def test_no_module_name_occurs_twice() -> None:
    """A traceback line or a search for ``errors.py`` must point at one file, not two."""
    from collections import Counter
    from pathlib import Path

    import qda_app

    root = Path(qda_app.__file__).parent
    names = Counter(p.name for p in root.rglob("*.py") if p.name != "__init__.py")
    assert [name for name, n in names.items() if n > 1] == []
