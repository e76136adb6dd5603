// Copyright 2023 Larkspur contributors
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

export async function loadComments(list, postId) {
  const res = await fetch(`/api/posts/${encodeURIComponent(postId)}/comments`);
  const comments = await res.json();
  for (const c of comments) {
    list.insertAdjacentHTML('beforeend', `<article><h4>${c.author}</h4><p>${c.body}</p></article>`);
  }
}
