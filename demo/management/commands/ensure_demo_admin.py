import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

USERNAME = "admin"


class Command(BaseCommand):
    help = (
        "Create the local demo administrator with a random password (stored in "
        "var/demo-admin-password, outside git) and print the login. Never used in production."
    )

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000/admin/", help="admin URL")

    def handle(self, *args, **options):
        password_file = settings.VAR_DIR / "demo-admin-password"
        user_model = get_user_model()
        user = user_model.objects.filter(username=USERNAME).first()
        stored = password_file.read_text().strip() if password_file.exists() else ""
        if user is None:
            stored = secrets.token_urlsafe(12)
            user_model.objects.create_superuser(USERNAME, "admin@pluginnovation.example", stored)
            password_file.parent.mkdir(parents=True, exist_ok=True)
            password_file.write_text(stored + "\n")
            password_file.chmod(0o600)
        elif not stored or not user.check_password(stored):
            self.stdout.write(
                f"Admin login: user '{USERNAME}' exists with a password you chose "
                f"(reset it with: .venv/bin/python manage.py changepassword {USERNAME})."
            )
            return
        self.stdout.write(f"Admin login: {options['url']}  user: {USERNAME}  password: {stored}")
