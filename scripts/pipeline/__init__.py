"""The regeneration pipeline: vendor document -> ``specs/NAME/openapi.yaml`` -> ``generated/``.

Modules, one per step:

* ``documents``  - reading and writing OpenAPI documents, hashing, the API registry in ``specs/``.
* ``normalise``  - turning a vendor document into our OpenAPI 3.1 spec (mends + overlay).
* ``surface``    - flattening a spec into operations and fields, and diffing two of them.
* ``versions``   - the lock file and the spec changelog.
* ``generate``   - running the pinned generators into a directory and comparing trees.
"""
