# Copyright 2024 Northgate Apps. All rights reserved.

STEP_TYPES = {}


def register(name):
    def deco(cls):
        STEP_TYPES[name] = cls
        return cls
    return deco


class Pipeline:
    def __init__(self, steps):
        self.steps = steps

    def run(self, value):
        for step in self.steps:
            value = step(value)
        return value


def build(step_names, params):
    steps = []
    for name in step_names:
        cls = STEP_TYPES.get(name)
        if cls is None:
            raise ValueError(f"unknown step {name!r}")
        steps.append(cls(**params.get(name, {})))
    return Pipeline(steps)
