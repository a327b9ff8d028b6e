"""The one exception tree of rasd.

``RasdError`` is the root. Bad calls and bad configuration raise at once with a message that says what to do;
bad *data* never raises out of a batch: it is recorded on the document (``Document.errors``) instead.

    RasdError
    ├── ConfigError        a wrong argument, setting or option (fix the call)
    ├── PipelineError      stages that cannot be assembled (a missing requirement, an unknown stage)
    ├── ResourceError      a packaged resource file is missing or malformed (reinstall / rebuild it)
    └── InputError         an input cannot be read at all (a missing file, an unknown format)
"""

from __future__ import annotations


class RasdError(Exception):
    """Root of every error rasd raises on purpose."""


class ConfigError(RasdError, ValueError):
    """A bad call or setting; the message says what to do instead."""


class PipelineError(RasdError):
    """The pipeline cannot be built (unknown stage or unmet ``requires``)."""


class ResourceError(RasdError):
    """A resource file shipped with rasd is missing or malformed."""


class InputError(RasdError):
    """An input file cannot be opened or its format is unknown."""
