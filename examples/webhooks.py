"""Receiving webhooks: a small HTTP endpoint that accepts a delivery only when its signature
checks out (Enlivy) or when your own check accepts it (Envoice).

Runs on its own, no account needed: it starts the receiver on a loopback port and plays the
vendor's part, sending it a signed delivery, a tampered one and an Envoice one.

    python examples/webhooks.py

ENLIVY_WEBHOOK_SECRET is the signing secret Enlivy showed when the event destination was
created (an example value is used when it is not set). Envoice does not publish how it signs
deliveries: here the receiver's URL carries a token only Envoice knows (ENVOICE_WEBHOOK_TOKEN).
"""

from __future__ import annotations

import hmac
import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import httpx

from facade.errors import WebhookVerificationError
from facade.webhooks import SIGNATURE_HEADER, enlivy_signature, parse_envoice, verify_enlivy

ENLIVY_SECRET = os.environ.get("ENLIVY_WEBHOOK_SECRET", "whsec_example_only")
ENVOICE_TOKEN = os.environ.get("ENVOICE_WEBHOOK_TOKEN", "example-only-token")


class Receiver(BaseHTTPRequestHandler):
    """POST /enlivy and POST /envoice?token=...: 204 when accepted, 400 when not."""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        url = urlsplit(self.path)
        try:
            if url.path == "/enlivy":
                event = verify_enlivy(body, self.headers.get(SIGNATURE_HEADER), ENLIVY_SECRET)
                print(f"  accepted Enlivy {event.type} {event.id}")  # deliveries may repeat
            elif url.path == "/envoice":
                token = parse_qs(url.query).get("token", [""])[0]

                def from_envoice(raw: bytes, event: object) -> bool:
                    return hmac.compare_digest(token.encode(), ENVOICE_TOKEN.encode())

                delivery = parse_envoice(body, verifier=from_envoice)
                print(f"  accepted Envoice activity: {delivery.Activity.Message}")
            else:
                self.send_response(404)
                self.end_headers()
                return
        except WebhookVerificationError as error:
            print(f"  refused: {error}")  # never the body or the secret
            self.send_response(400)
            self.end_headers()
            return
        self.send_response(204)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep the output to what the example shows


def main() -> int:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    event = {
        "id": "evt_example_1",
        "type": "invoice.paid",
        "created_at": "2026-11-21T10:00:00Z",
        "data": {"id": "org_inv_example", "object": "invoice", "status": "paid"},
        "organization_id": "org_example",
    }
    body = json.dumps(event).encode()
    statuses = []
    try:
        print("Enlivy delivery, signed with the destination's secret:")
        signed = {SIGNATURE_HEADER: enlivy_signature(body, ENLIVY_SECRET)}
        statuses.append(httpx.post(f"{base}/enlivy", content=body, headers=signed).status_code)
        print("The same delivery with its body changed on the way:")
        tampered = body.replace(b"paid", b"void")
        statuses.append(httpx.post(f"{base}/enlivy", content=tampered, headers=signed).status_code)
        print("Envoice delivery to the URL with the token:")
        envoice = {
            "Signature": "not-published",
            "Timestamp": "2026-11-21T10:00:00.0000000Z",
            "Activity": {"Id": 1, "Type": 12, "Message": "Invoice EX-1 was paid"},
        }
        url = f"{base}/envoice?token={ENVOICE_TOKEN}"
        statuses.append(httpx.post(url, json=envoice).status_code)
    finally:
        server.shutdown()
    print(f"receiver answered {statuses}")
    return 0 if statuses == [204, 400, 204] else 1


if __name__ == "__main__":
    raise SystemExit(main())
