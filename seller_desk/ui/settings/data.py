"""Settings: where the data lives, and one-click backup and restore."""

from __future__ import annotations

from pathlib import Path

from seller_desk.core.common import paths
from seller_desk.core.common.errors import UserError
from seller_desk.core.screens import settings as views_settings
from seller_desk.core.store import backup
from seller_desk.ui import i18n
from seller_desk.ui.qt import (
    QDesktopServices,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    Qt,
    QUrl,
    Signal,
)
from seller_desk.ui.settings.base import Section
from seller_desk.ui.tasks import Task


class DataSection(Section):
    """The data folder, and backup and restore with progress (off the GUI thread).

    Signals:
        database_restored(): the database now holds a restored backup; screens must reload.
    """

    database_restored = Signal()

    def build(self) -> None:
        form = self.form()
        self.folder_label, self.database_label = QLabel(), QLabel()
        # a path has no spaces to wrap at: a read-only field shows it whole and can be copied
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.database = QLabel()
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.folder_label, self.folder)
        form.addRow(self.database_label, self.database)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_folder)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        self.column.addLayout(row)
        self.folder_hint = self.hint()
        self.column.addWidget(self.folder_hint)

        self.backup_title = self.subheading()
        self.backup_hint = self.hint()
        self.column.addWidget(self.backup_hint)
        row = QHBoxLayout()
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("primaryButton")
        self.restore_button = QPushButton()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        self.column.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(420)
        self.progress.hide()
        self.column.addWidget(self.progress)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.column.addWidget(self.result)
        # a team: who is in it and how to invite someone (core/team/)
        self.team_title = self.subheading()
        self.team_hint = self.hint()
        self.column.addWidget(self.team_hint)
        self.team_members = QLabel()
        self.team_members.setObjectName("teamMembers")
        self.team_members.setWordWrap(True)
        self.column.addWidget(self.team_members)
        self.invite_hint = self.hint()
        self.column.addWidget(self.invite_hint)
        self.invite = QLineEdit()  # read-only, whole, and easy to copy
        self.invite.setObjectName("teamInvite")
        self.invite.setReadOnly(True)
        self.column.addWidget(self.invite)
        self.backup_button.clicked.connect(self.choose_backup_target)
        self.restore_button.clicked.connect(self.choose_restore_source)
        self.task: Task | None = None

    def retranslate(self) -> None:
        self.title.setText(self.tr("Data and backup"))
        self.intro.setText(self.tr(
            "Everything Seller Desk knows (mail, customers, orders, templates) is kept on this "
            "computer. Passwords are kept in the system's keyring, never in these files."))
        self.folder_label.setText(self.tr("Data folder"))
        self.database_label.setText(self.tr("Database"))
        self.open_button.setText(self.tr("Open the data folder"))
        self.folder_hint.setText(self.tr(
            "To keep the data somewhere else, start Seller Desk with --data-dir and the "
            "folder of your choice."))
        self.backup_title.setText(self.tr("Backup"))
        self.backup_hint.setText(self.tr(
            "Save everything into one file, on a USB drive or a cloud folder. Restoring a "
            "backup replaces what is here now; the current data is kept aside first."))
        self.backup_button.setText(self.tr("Back up now…"))
        self.restore_button.setText(self.tr("Restore from a backup…"))
        self.team_title.setText(self.tr("Team"))
        self.load()

    def load(self) -> None:
        self.folder.setText(str(paths.data_dir(create=False)))
        location = views_settings.data_location(self.settings.get("database.url"))
        team = location.team
        if not team:
            self.database.setText(self.tr("A file in the data folder"))
        else:
            self.database.setText(self.tr("Shared team database: %1").replace(
                "%1", location.address))
        self.backup_button.setEnabled(not team and self.task is None)
        self.restore_button.setEnabled(not team and self.task is None)
        for w in (self.team_members, self.invite_hint, self.invite):
            w.setVisible(team)
        if team:  # not "on this computer": the team's server holds it
            self.intro.setText(self.tr(
                "Everything Seller Desk knows (mail, customers, orders, templates) is kept in "
                "the team's shared database. Passwords are kept in each person's keyring, "
                "never in the database."))
        if not team:
            self.team_hint.setText(self.tr(
                "Working with a helper? Put the shop in a shared PostgreSQL database: "
                "run seller-desk team create with its address, then seller-desk team "
                "move-from-this-computer to copy this shop into it (this computer's copy "
                "stays as it is). See the guide's Team section."))
            return
        self.team_hint.setText(self.tr(
            "Everyone in the team opens this database with their own login. Passwords "
            "stay in each person's keyring, never in the database."))
        Task(views_settings.team_view).on_success(self._show_team).start()

    def _show_team(self, view: views_settings.TeamView) -> None:
        lines = []
        for m in view.members:
            who = self.tr("%1 (owner)").replace("%1", m.name) if m.role == "owner" \
                else m.name
            lines.append(self.tr("%1 — login %2").replace("%1", who).replace(
                "%2", m.login or "?"))
        self.team_members.setText("\n".join(lines) or self.tr("Nobody yet."))
        self.invite_hint.setText(self.tr(
            "To invite someone: add them with seller-desk team add-member, then give them "
            "this address with their login in place of LOGIN. They type their own password "
            "when their window asks."))
        self.invite.setText(view.invite)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))

    # --- backup ------------------------------------------------------------------------

    def choose_backup_target(self) -> None:
        start = Path.home() / backup.default_backup_name()
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Back up to"), str(start), self.tr("Seller Desk backup (*.sqlite3)"))
        if name:
            self.backup_to(Path(name))

    def backup_to(self, target: Path) -> Task:
        """Write a backup to ``target`` in the background; the result shows below."""
        self._busy(self.tr("Backing up…"))
        task = Task(backup.backup_database, target, with_progress=True)
        return self._run(task.on_progress(self._progressed).on_success(self._backed_up))

    def _backed_up(self, info: backup.BackupInfo) -> None:
        self.result.setObjectName("")
        self.result.setText(self.tr("Backed up to %1 (%2).").replace(
            "%1", str(info.path)).replace("%2", _size(info.size)))

    # --- restore -----------------------------------------------------------------------

    def choose_restore_source(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore from"), str(Path.home()),
            self.tr("Seller Desk backup (*.sqlite3);;All files (*)"))
        if name:
            self.restore_from(Path(name))

    def restore_from(self, source: Path) -> Task:
        """Check ``source`` in the background, ask, then restore it in the background."""
        self._busy(self.tr("Checking the backup…"))
        self._source = source
        task = Task(backup.inspect_backup, source)
        return self._run(task.on_success(self._checked))

    def _checked(self, info: backup.BackupInfo) -> None:
        source = self._source
        if not self.confirm_restore(info):
            self.result.setText(self.tr("Nothing was restored."))
            return
        self._busy(self.tr("Restoring…"))
        task = Task(backup.restore_database, source, with_progress=True)
        self._run(task.on_progress(self._progressed).on_success(self._restored))

    def confirm_restore(self, info: backup.BackupInfo) -> bool:
        """Ask before replacing the data (tests replace this method)."""
        when = i18n.format_datetime(info.created_at) if info.created_at else "?"
        text = self.tr(
            "Replace the data on this computer with this backup?\n\n%1\nStarted: %2\n"
            "%3 conversations, %4 customers, %5 orders.\n\nThe current data is kept aside "
            "first, so you can go back.").replace("%1", str(info.path)).replace(
            "%2", when).replace("%3", i18n.format_number(info.counts.get("conversation", 0))
            ).replace("%4", i18n.format_number(info.counts.get("customer", 0))).replace(
            "%5", i18n.format_number(info.counts.get("order", 0)))
        answer = QMessageBox.question(self, self.tr("Restore a backup"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _restored(self, result: backup.RestoreResult) -> None:
        self.result.setObjectName("")
        self.result.setText(self.tr(
            "Restored from %1. The data that was here before is kept in %2.").replace(
            "%1", str(result.restored.path)).replace("%2", str(result.previous_copy)))
        self.database_restored.emit()

    # --- shared ------------------------------------------------------------------------

    def _run(self, task: Task) -> Task:
        self.task = task
        task.signals.finished.connect(self._idle)
        return task.on_failure(self._failed).start()

    def _busy(self, text: str) -> None:
        self.backup_button.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.result.setText(text)

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, exc: BaseException) -> None:
        self.result.setObjectName("fieldError")
        self.result.style().polish(self.result)
        if isinstance(exc, UserError):
            self.result.setText(i18n.error_text(exc))
        else:
            self.result.setText(self.tr("Something went wrong: %1").replace("%1", str(exc)))

    def _idle(self) -> None:
        task = self.sender()
        if self.task is None or task is not self.task.signals:
            return  # a follow-up task (the restore after the check) is running
        self.task = None
        self.progress.hide()
        self.load()


def _size(n: int) -> str:
    if n < 1024 * 1024:
        return f"{i18n.format_number(max(1, round(n / 1024)))} KB"
    return f"{i18n.format_number(round(n / 1024 / 1024, 1), 1)} MB"
