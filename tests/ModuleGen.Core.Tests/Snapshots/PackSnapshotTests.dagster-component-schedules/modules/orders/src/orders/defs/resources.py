"""Resources of the orders code location and the Definitions that bind them to their keys."""

import dagster as dg


# TODO(modulegen): sample settings (batch_size); replace them with the module's own and delete this line.
class OrdersSettings(dg.ConfigurableResource):
    """Plain settings of the module's assets; override them per deployment in the launchpad."""

    batch_size: int = 100


@dg.definitions
def resources() -> dg.Definitions:
    """Binds the resources to the keys the assets ask for; database settings come from the environment."""
    return dg.Definitions(
        resources={
            "settings": OrdersSettings(),
        },
    )
