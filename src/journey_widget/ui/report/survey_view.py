"""Survey / rating answers (SPEC C8): open questions, yes / no questions and star ranges.

Stars are drawn as stars (filled and outlined, in the palette's text colour, so they read in
light and dark and in print); the number is said in words beside them and to screen
readers ("4 of 5 stars"). Answers are the customer's own text: shown as plain text, never
as markup.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from journey_widget.model import SurveyAnswer, SurveyKind
from journey_widget.ui.common.formatting import arg, format_count

STAR = 16
MAX_STARS = 10


def star_path(center: QPointF, outer: float) -> QPainterPath:
    inner = outer * 0.45
    path = QPainterPath()
    for n in range(10):
        radius = outer if n % 2 == 0 else inner
        angle = -math.pi / 2 + n * math.pi / 5
        point = QPointF(
            center.x() + radius * math.cos(angle), center.y() + radius * math.sin(angle)
        )
        if n == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    path.closeSubpath()
    return path


def paint_stars(
    painter: QPainter,
    left: float,
    top: float,
    filled: int,
    total: int,
    palette: QPalette,
    size: int = STAR,
) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = palette.color(QPalette.ColorRole.Text)
    for n in range(total):
        center = QPointF(left + n * (size + 3) + size / 2, top + size / 2)
        path = star_path(center, size / 2)
        painter.setPen(ink)
        painter.setBrush(ink if n < filled else Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    painter.restore()


def star_counts(answer: SurveyAnswer) -> tuple[int, int]:
    """(given, out of), clamped to something drawable whatever the source sent."""
    total = answer.max_stars if isinstance(answer.max_stars, int) else 5
    total = max(1, min(MAX_STARS, total))
    given = answer.answer if isinstance(answer.answer, int) else 0
    return max(0, min(total, given)), total


class StarRating(QWidget):
    def __init__(self, given: int, total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.given, self.total = given, total
        self.setFixedSize(QSize(total * (STAR + 3), STAR + 2))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_stars(painter, 0.5, 0.5, self.given, self.total, self.palette())


class SurveyView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._answers: tuple[SurveyAnswer, ...] = ()
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(8)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Survey answers"))
        self.set_answers(self._answers)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def answer_text(self, answer: SurveyAnswer) -> str:
        """The answer in words, as the screen reader and the printout say it."""
        if answer.kind is SurveyKind.STARS:
            given, total = star_counts(answer)
            return arg(self.tr("%1 of %2 stars"), format_count(given), format_count(total))
        if answer.kind is SurveyKind.YES_NO:
            yes = answer.answer is True  # the model turns "yes" / "no" into a bool
            return self.tr("Yes") if yes else self.tr("No")
        return str(answer.answer)

    def texts(self) -> list[tuple[str, str]]:
        return [(a.question, self.answer_text(a)) for a in self._answers]

    def set_answers(self, answers: tuple[SurveyAnswer, ...]) -> None:
        self._answers = tuple(answers)
        while self._rows.count():
            item = self._rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if not self._answers:
            empty = QLabel(self.tr("No survey answers for this conversation."), self)
            empty.setWordWrap(True)
            self._rows.addWidget(empty)
            return
        for answer in self._answers:
            self._rows.addWidget(self._row(answer))

    def _row(self, answer: SurveyAnswer) -> QWidget:
        row = QWidget(self)
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        question = QLabel(answer.question, row)
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setWordWrap(True)
        font = question.font()
        font.setBold(True)
        question.setFont(font)
        column.addWidget(question)
        words = self.answer_text(answer)
        if answer.kind is SurveyKind.STARS:
            line = QHBoxLayout()
            line.setSpacing(8)
            stars = StarRating(*star_counts(answer), parent=row)
            stars.setAccessibleName(words)
            line.addWidget(stars)
            number = QLabel(words, row)
            line.addWidget(number)
            line.addStretch(1)
            column.addLayout(line)
        else:
            value = QLabel(words, row)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(value)
        row.setAccessibleName(f"{answer.question} {words}")
        return row
