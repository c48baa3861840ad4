"""fiscal-facade: one well-behaved client for the Enlivy, Envoice and fiskaly management APIs.

The typed low-level clients are generated from ``specs/`` into the packages
``fiskaly_management_client``, ``enlivy_client`` and ``envoice_client`` (webhook payload models:
``enlivy_webhooks`` and ``envoice_webhooks``). The handwritten client layer that wraps them
(auth, limits, errors, retries, pagination) is built on top of this package.
"""

__version__ = "0.1.0"
