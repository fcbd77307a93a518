from django.apps import AppConfig


class MethodsConfig(AppConfig):
    name = "methods"
    default_auto_field = "django.db.models.BigAutoField"
