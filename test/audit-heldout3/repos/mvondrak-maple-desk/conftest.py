import pytest
from django.contrib.auth import get_user_model


@pytest.fixture()
def user(db):
    return get_user_model().objects.create_user(username="alice", password="correct horse battery staple")


@pytest.fixture()
def auth_client(client, user):
    client.force_login(user)
    return client
