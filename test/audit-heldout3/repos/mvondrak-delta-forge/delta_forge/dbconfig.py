DB_HOST = "db.internal"
DB_USER = "reporting"
DB_PASSWORD = "Winter2023!reporting"
DB_NAME = "analytics"


def dsn():
    return f"postgresql://{DB_USER}:{DB_PASSWORD}@{DB_HOST}/{DB_NAME}"
