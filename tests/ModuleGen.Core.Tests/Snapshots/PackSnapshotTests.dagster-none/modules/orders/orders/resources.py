"""Resources of the orders code location."""

import dagster as dg


class OrdersSettings(dg.ConfigurableResource):
    """Plain settings of the module's assets; override them per deployment in the launchpad."""

    batch_size: int = 100
