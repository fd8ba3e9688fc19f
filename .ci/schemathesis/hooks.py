"""Schemathesis hooks for RepoCheck's OpenAPI document (docs/openapi.yaml).

`POST /v1/audit` takes NDJSON; Schemathesis has no serializer for `application/x-ndjson`, so the body is
sent as text, the way `text/plain` is.
"""
import schemathesis

schemathesis.serializer.alias("application/x-ndjson", "text/plain")
