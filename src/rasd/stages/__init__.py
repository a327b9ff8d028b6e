"""Pipeline stages; importing a module registers its stages (see rasd.pipeline)."""
