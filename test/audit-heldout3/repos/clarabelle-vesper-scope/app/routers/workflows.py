from fastapi import APIRouter
from pydantic import BaseModel

from app.services import builder

router = APIRouter(prefix="/workflows")


class WorkflowSpec(BaseModel):
    steps: list[str]
    params: dict = {}


@router.put("/{name}", status_code=201)
def upload_workflow(name: str, spec: WorkflowSpec):
    obj = builder.build(spec.steps, spec.params)
    return {"name": name, "steps": len(spec.steps), "kind": type(obj).__name__}
