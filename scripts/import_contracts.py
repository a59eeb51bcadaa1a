"""Import-linter contract types of our own (pyproject.toml, [tool.importlinter]).

import-linter sees an external package only as a whole ("PySide6"), so its forbidden contract
cannot say "QtCore yes, QtWidgets no". NoQtWidgetsContract can: a module of ours that imports
PySide6.QtWidgets (read from its import lines) is a widget module, and a headless module must
reach none, neither directly nor through a chain of our own imports.

lint-imports puts the working folder on sys.path, so this loads as `scripts.import_contracts`
when lint-imports runs from the repository root (scripts/test.sh does).
"""

from __future__ import annotations

import re

from grimp import ImportGraph
from importlinter.application import contract_utils, output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck

_QT_PACKAGE = "PySide6"
_WIDGETS = "PySide6.QtWidgets"
# "from PySide6.QtWidgets import ...", "import PySide6.QtWidgets", "from PySide6 import QtWidgets"
_WIDGETS_LINE = re.compile(r"\bPySide6\.QtWidgets\b|\bfrom\s+PySide6\s+import\b.*\bQtWidgets\b")


def widget_modules(graph: ImportGraph, roots: list[str]) -> set[str]:
    """Our modules that import PySide6.QtWidgets themselves."""
    if _QT_PACKAGE not in graph.modules:
        return set()
    found = set()
    for module in graph.find_modules_that_directly_import(_QT_PACKAGE):
        if module.split(".")[0] not in roots:
            continue
        details = graph.get_import_details(importer=module, imported=_QT_PACKAGE)
        if any(_WIDGETS_LINE.search(d["line_contents"]) for d in details):
            found.add(module)
    return found


class NoQtWidgetsContract(Contract):
    """The source modules (and everything under them) never reach PySide6.QtWidgets.

    Options: source_modules (the headless modules), ignore_imports (edges between our own
    modules to leave out, e.g. the one lazy import that starts the GUI), and
    unmatched_ignore_imports_alerting as in import-linter's own contracts.
    """

    source_modules = fields.ListField(subfield=fields.ModuleField())
    ignore_imports = fields.SetField(subfield=fields.ImportExpressionField(), required=False)
    unmatched_ignore_imports_alerting = fields.EnumField(
        contract_utils.AlertLevel, default=contract_utils.AlertLevel.ERROR
    )

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        removal = contract_utils.remove_ignored_imports_and_report(
            graph=graph,
            ignore_imports=self.ignore_imports,  # type: ignore[arg-type]
            unmatched_alerting=self.unmatched_ignore_imports_alerting,  # type: ignore[arg-type]
        )
        widgets = widget_modules(graph, self.session_options["root_packages"])
        chains: list[list[str]] = []
        for source in self.source_modules:  # type: ignore[attr-defined]
            name = source.name
            own = {name} | (graph.find_descendants(name) if name in graph.modules else set())
            for module in sorted(own & widgets):
                chains.append([module, _WIDGETS])
            # One chain (the shortest) per way out of the source: the first import that leaves
            # it, so a violation reads as one line however many widget modules lie behind it.
            doors: dict[tuple[str, str], tuple[str, ...]] = {}
            for target in sorted(widgets - own):
                chain = graph.find_shortest_chain(importer=name, imported=target, as_packages=True)
                if chain and (chain[:2] not in doors or len(chain) < len(doors[chain[:2]])):
                    doors[chain[:2]] = chain
            chains.extend([*chain, _WIDGETS] for _, chain in sorted(doors.items()))
        return ContractCheck(
            kept=not chains,
            metadata={"chains": chains},
            warnings=list(removal.warnings),
            ignored_import_count=removal.ignored_import_count,
        )

    def render_broken_contract(self, check: ContractCheck) -> None:
        for chain in check.metadata["chains"]:
            output.print_error(" -> ".join(chain), bold=False)
            output.new_line()
