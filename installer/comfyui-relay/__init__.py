# SPDX-License-Identifier: MIT
# Copyright (c) 2026 ComfyScope developers
"""ComfyScope relay for ComfyUI: observers see the live events of every prompt.

Off unless the environment has COMFYSCOPE_RELAY=1. Adds no nodes; at import it hooks
PromptServer.instance (see comfyscope_relay.py and README.md).
"""

try:
    from . import comfyscope_relay as _relay
except ImportError:  # loaded as a plain module (tests, odd loaders)
    import comfyscope_relay as _relay

RELAY = _relay.setup()

NODE_CLASS_MAPPINGS = {}
NODE_DISPLAY_NAME_MAPPINGS = {}
__all__ = ["NODE_CLASS_MAPPINGS", "NODE_DISPLAY_NAME_MAPPINGS"]
