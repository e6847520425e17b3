class ConfigError(Exception):
    pass
def load:
    raise ConfigError("missing setting 'port'")
loa
