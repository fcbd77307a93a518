"""Settings shared by every environment. No secrets here: see dev/test/production."""

from pathlib import Path

import dj_database_url

from .env import cache_settings, env_int, env_list, env_str

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
# Runtime state (SQLite database, media uploads, collected static files) lives
# outside the source tree's tracked files.
VAR_DIR = Path(env_str("PORTAL_VAR_DIR", str(BASE_DIR / "var")))

INSTALLED_APPS = [
    # The project's apps, top layer first (README, "Where things are"). `portal` is the
    # project package; it is listed only for the historical migrations that created the
    # tables `core` and `home` now own.
    "portal",
    "demo",
    "home",
    "submissions",
    "importer",
    "evidence",
    "articles",
    "search",
    "workshops",
    "reports",
    "methods",
    "core",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.security.PortalCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: locks out repeated failed sign-ins (django-axes).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# SQLite in var/ unless DATABASE_URL points elsewhere (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=60,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Sign-in: django-axes first, so that it counts failures and refuses locked-out users.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "my_reports"
LOGOUT_REDIRECT_URL = "/"
# Five failed sign-ins for one user name from one address lock that pair for an hour,
# and twenty from one address whatever the user names (password spraying) lock the
# address (the public sign-in page and the admin's alike; submissions/ratelimits.py).
AXES_HANDLER = "submissions.ratelimits.PortalAxesHandler"
AXES_FAILURE_LIMIT = 5
PORTAL_SIGN_IN_FAILURES_PER_ADDRESS = 20
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# The client's address (django-ipware): REMOTE_ADDR unless a proxy in front sets a
# header the client cannot forge, e.g. AXES_IPWARE_META_PRECEDENCE_ORDER=HTTP_X_REAL_IP
# (README, "Settings"). Without it, behind a proxy every visitor is the proxy.
AXES_IPWARE_META_PRECEDENCE_ORDER = env_list("AXES_IPWARE_META_PRECEDENCE_ORDER", ["REMOTE_ADDR"])
AXES_IPWARE_PROXY_COUNT = env_int("AXES_IPWARE_PROXY_COUNT", None)

# "Glömt lösenord": at most three e-mails to one address and ten requests from one
# client an hour (the counts are kept in the cache: Redis in production).
PORTAL_PASSWORD_RESETS_PER_EMAIL = 3
PORTAL_PASSWORD_RESETS_PER_CLIENT = 10
PORTAL_PASSWORD_RESET_WINDOW = 3600

# The importer refuses an upload whose files unpack to more than this in total (a zip
# bomb is refused as soon as the count passes it; importer/uploads.py).
PORTAL_IMPORT_MAX_UNCOMPRESSED = env_int("PORTAL_IMPORT_MAX_UNCOMPRESSED", 50 * 1024 * 1024)

# Project leaders' invitation links are valid this many days.
PORTAL_INVITATION_DAYS = int(env_str("PORTAL_INVITATION_DAYS", "14"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", "Svenska"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = VAR_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = VAR_DIR / "media"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail's page editor posts one field per questionnaire answer and more.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

REDIS_URL = env_str("REDIS_URL")
CACHES = cache_settings(REDIS_URL)

# Wagtail
WAGTAIL_SITE_NAME = "PlugInnovation"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_ALLOW_UNICODE_SLUGS = False  # ASCII URLs: "koll-och-uppfoljning"
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILAPI_LIMIT_MAX = 100  # /api/v2/pages/?limit=…; the open-data downloads give everything
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]

# Search: the database backend picks PostgreSQL full-text search (Swedish
# configuration) or SQLite FTS5 from the active database. A large installation can
# point WAGTAILSEARCH_BACKEND at e.g. "wagtail.search.backends.elasticsearch8".
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": env_str("WAGTAILSEARCH_BACKEND", "wagtail.search.backends.database"),
        "SEARCH_CONFIG": "swedish",
        **({"URLS": env_list("WAGTAILSEARCH_URLS")} if env_list("WAGTAILSEARCH_URLS") else {}),
    }
}

# The public search's text engine (search/engines.py): "postgres" or "sqlite" follow the
# database when unset; "wagtail" hands word matching to WAGTAILSEARCH_BACKEND above.
PORTAL_SEARCH_ENGINE = env_str("PORTAL_SEARCH_ENGINE")

# Background tasks (django_tasks). Unset: tasks run immediately, in the request. A
# production site with large imports sets TASKS_BACKEND=django_tasks_db.DatabaseBackend
# and runs `manage.py db_worker` beside the web server.
TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"),
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# "Autism" and "autism" are one target group.
TAGGIT_CASE_INSENSITIVE = True

# Content-Security-Policy (django-csp, through core.security): public pages and leaders'
# pages run no inline script and no inline style; the admin gets the wider policy below.
ADMIN_PATH_PREFIX = "/admin/"
_SELF = "'self'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        "script-src": [_SELF],
        "style-src": [_SELF],
        "img-src": [_SELF, "data:"],
        "font-src": [_SELF],
        "connect-src": [_SELF],
        "frame-src": [_SELF],
        "object-src": ["'none'"],
        "base-uri": [_SELF],
        "form-action": [_SELF],
        "frame-ancestors": [_SELF],
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        # Wagtail's editor (Draftail, Stimulus controllers, previews) uses inline styles
        # and a few inline scripts; media previews use blob: URLs.
        "script-src": [_SELF, "'unsafe-inline'"],
        "style-src": [_SELF, "'unsafe-inline'"],
        "img-src": [_SELF, "data:", "blob:"],
    }
}
# XML documents (the sitemap) hold no script; a browser shows them in its own XML viewer,
# which styles the tree inline.
XML_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "style-src": ["'unsafe-inline'"],
        "img-src": ["data:"],  # the viewer's fold arrows
        "frame-ancestors": [_SELF],
    }
}
# No avatars from an outside service in the admin (and none to allow in the policy).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Permissions-Policy (django-permissions-policy): the portal uses none of these features.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "picture-in-picture",
        "publickey-credentials-get",
        "screen-wake-lock",
        "sync-xhr",
        "usb",
        "xr-spatial-tracking",
    )
}
