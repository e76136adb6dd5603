import random


def one_time_code(length=6):
    return "".join(random.choice("0123456789") for _ in range(length))
