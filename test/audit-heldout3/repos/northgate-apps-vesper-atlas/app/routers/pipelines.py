# Copyright 2024 Northgate Apps
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

from fastapi import APIRouter
from pydantic import BaseModel

from app.services import builder

router = APIRouter(prefix="/pipelines")


class PipelineSpec(BaseModel):
    steps: list[str]
    params: dict = {}


@router.put("/{name}", status_code=201)
def upload_pipeline(name: str, spec: PipelineSpec):
    obj = builder.build(spec.steps, spec.params)
    return {"name": name, "steps": len(spec.steps), "kind": type(obj).__name__}
