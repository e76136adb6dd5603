import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from app.db import Base, get_session
from app.main import app

engine = create_engine("sqlite://", connect_args={"check_same_thread": False})
TestingSession = sessionmaker(bind=engine, autoflush=False)


@pytest.fixture()
def client():
    Base.metadata.create_all(engine)

    def override():
        session = TestingSession()
        try:
            yield session
        finally:
            session.close()

    app.dependency_overrides[get_session] = override
    with TestClient(app) as c:
        yield c
    app.dependency_overrides.clear()
    Base.metadata.drop_all(engine)
