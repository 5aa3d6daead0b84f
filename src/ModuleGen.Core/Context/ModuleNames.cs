namespace ModuleGen.Core.Context;

/// <summary>Holds a module name as given and in the casings generated code needs.</summary>
/// <param name="Input">The name exactly as the caller gave it.</param>
/// <param name="Snake">customer_orders: Python packages, plan files, folders.</param>
/// <param name="Kebab">customer-orders: project and distribution names.</param>
/// <param name="Pascal">CustomerOrders: class names.</param>
/// <param name="Camel">customerOrders: JSON and JavaScript identifiers.</param>
public sealed record ModuleNames(string Input, string Snake, string Kebab, string Pascal, string Camel);
