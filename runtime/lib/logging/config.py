"""logging.config: dictConfig, the configuration dictionary of logging's schema version 1
(formatters, filters, handlers, loggers, root, disable_existing_loggers, incremental).

Strings "ext://module.name" stand for the object they name (ext://sys.stdout), a key "()"
names a factory to call instead of the usual class, and a "." key sets attributes on
the made object, as in CPython. fileConfig and listen need files and sockets, which
Taskscope programs do not have: they raise NotImplementedError.
"""

import logging
import sys

__all__ = ["dictConfig", "fileConfig", "listen", "stopListening",
           "valid_ident", "IDENTIFIER", "DEFAULT_LOGGING_CONFIG_PORT"]

DEFAULT_LOGGING_CONFIG_PORT = 9030


class _Identifier:
    """Matches a Python identifier, the one use of the IDENTIFIER pattern."""

    pattern = r"^[a-z_][a-z0-9_]*$"

    def match(self, text):
        return text.isidentifier() or None


IDENTIFIER = _Identifier()


def valid_ident(s):
    if not s.isidentifier():
        raise ValueError("Not a valid Python identifier: %r" % s)
    return True


def _resolve(name):
    """The object a dotted name stands for, importing modules along the way."""
    parts = name.split(".")
    used = parts.pop(0)
    found = __import__(used)
    for part in parts:
        used += "." + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


def _convert(value):
    # ext:// strings become the objects they name; containers are converted inside.
    if isinstance(value, str) and value.startswith("ext://"):
        return _resolve(value[len("ext://"):])
    if isinstance(value, dict):
        return {k: _convert(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_convert(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_convert(v) for v in value)
    return value


def _call_factory(config):
    """Calls config["()"] with the other keys as keyword arguments, then sets the
    attributes of config["."] on what it made."""
    config = dict(config)
    factory = config.pop("()")
    if isinstance(factory, str):
        factory = _resolve(factory)
    attributes = config.pop(".", None)
    made = factory(**{k: v for k, v in config.items() if valid_ident(k)})
    if attributes:
        for name, value in attributes.items():
            setattr(made, name, value)
    return made


def _make_formatter(config):
    if "()" in config:
        return _call_factory(config)
    fmt = config.get("format", None)
    datefmt = config.get("datefmt", None)
    style = config.get("style", "%")
    cname = config.get("class", None)
    cls = _resolve(cname) if cname else logging.Formatter
    if "validate" in config:
        return cls(fmt, datefmt, style, config["validate"])
    return cls(fmt, datefmt, style)


def _make_filter(config):
    if "()" in config:
        return _call_factory(config)
    return logging.Filter(config.get("name", ""))


def _add_filters(target, names, filters):
    for name in names:
        try:
            target.addFilter(filters[name])
        except Exception as e:
            raise ValueError("Unable to add filter %r" % name) from e


def _make_handler(config, formatters, filters):
    config = dict(config)
    formatter = config.pop("formatter", None)
    level = config.pop("level", None)
    filter_names = config.pop("filters", None)
    if "()" in config:
        handler = _call_factory(config)
    else:
        cls = config.pop("class")
        if isinstance(cls, str):
            cls = _resolve(cls)
        attributes = config.pop(".", None)
        handler = cls(**{k: v for k, v in config.items() if valid_ident(k)})
        if attributes:
            for name, value in attributes.items():
                setattr(handler, name, value)
    if formatter:
        try:
            handler.setFormatter(formatters[formatter])
        except Exception as e:
            raise ValueError("Unable to set formatter %r" % formatter) from e
    if level is not None:
        handler.setLevel(level)
    if filter_names:
        _add_filters(handler, filter_names, filters)
    return handler


def _configure_logger(logger, config, handlers, filters, incremental=False):
    level = config.get("level", None)
    if level is not None:
        logger.setLevel(level)
    if not incremental:
        for h in list(logger.handlers):
            logger.removeHandler(h)
        for name in config.get("handlers", ()):
            try:
                logger.addHandler(handlers[name])
            except Exception as e:
                raise ValueError("Unable to add handler %r" % name) from e
        _add_filters(logger, config.get("filters", ()), filters)
    if logger is not logging.root:
        propagate = config.get("propagate", None)
        if propagate is not None:
            logger.propagate = propagate


def dictConfig(config):
    """Configures logging from a dictionary (schema version 1)."""
    config = _convert(config)
    if "version" not in config:
        raise ValueError("dictionary doesn't specify a version")
    if config["version"] != 1:
        raise ValueError("Unsupported version: %s" % config["version"])
    incremental = config.pop("incremental", False)
    manager = logging.Logger.manager
    if incremental:
        for name, hconfig in config.get("handlers", {}).items():
            handler = logging._handlers.get(name)
            if handler is None:
                raise ValueError("No handler found with name %r" % name)
            if hconfig.get("level") is not None:
                handler.setLevel(hconfig["level"])
        for name, lconfig in config.get("loggers", {}).items():
            _configure_logger(logging.getLogger(name), lconfig, {}, {}, True)
        if config.get("root"):
            _configure_logger(logging.root, config["root"], {}, {}, True)
        return

    disable_existing = config.pop("disable_existing_loggers", True)
    # The handlers made by an earlier configuration are closed and forgotten.
    for handler in list(logging._handlers.values()):
        try:
            handler.close()
        except Exception:
            pass
    logging._handlers.clear()

    formatters = {}
    for name, fconfig in config.get("formatters", {}).items():
        try:
            formatters[name] = _make_formatter(fconfig)
        except Exception as e:
            raise ValueError("Unable to configure formatter %r" % name) from e
    filters = {}
    for name, fconfig in config.get("filters", {}).items():
        try:
            filters[name] = _make_filter(fconfig)
        except Exception as e:
            raise ValueError("Unable to configure filter %r" % name) from e
    handlers = {}
    for name in sorted(config.get("handlers", {})):
        try:
            handler = _make_handler(config["handlers"][name], formatters, filters)
            handler.name = name
            handlers[name] = handler
        except Exception as e:
            raise ValueError("Unable to configure handler %r" % name) from e

    existing = sorted(n for n, v in manager.loggerDict.items()
                      if isinstance(v, logging.Logger))
    loggers = config.get("loggers", {})
    keep = set()
    for name in loggers:
        keep.add(name)
        # The children of a configured logger stay enabled.
        prefix = name + "."
        keep.update(n for n in existing if n.startswith(prefix))
        try:
            logger = logging.getLogger(name)
            logger.disabled = False
            _configure_logger(logger, loggers[name], handlers, filters)
        except Exception as e:
            raise ValueError("Unable to configure logger %r" % name) from e
    for name in existing:
        if name in loggers:
            continue
        logger = manager.loggerDict[name]
        if name in keep:
            # As CPython: the existing children of a configured logger are reset, so
            # they log through it; the other loggers are disabled, if so asked.
            logger.setLevel(logging.NOTSET)
            for h in list(logger.handlers):
                logger.removeHandler(h)
            logger.propagate = True
        else:
            logger.disabled = disable_existing
    root = config.get("root", None)
    if root:
        try:
            _configure_logger(logging.root, root, handlers, filters)
        except Exception as e:
            raise ValueError("Unable to configure root logger") from e


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    raise NotImplementedError("logging.config.fileConfig() is not available in "
                              "Taskscope: programs have no files; use dictConfig()")


def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    raise NotImplementedError("logging.config.listen() is not available in Taskscope: "
                              "programs have no sockets")


def stopListening():
    pass
