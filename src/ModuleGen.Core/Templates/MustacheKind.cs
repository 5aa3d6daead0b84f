namespace ModuleGen.Core.Templates;

/// <summary>Classifies one <c>{{…}}</c> tag of a Handlebars template.</summary>
public enum MustacheKind
{
    /// <summary><c>{{path}}</c>, <c>{{helper args}}</c>, <c>{{{path}}}</c> or <c>{{&amp;path}}</c>.</summary>
    Expression,

    /// <summary><c>{{#helper args}}</c>.</summary>
    BlockOpen,

    /// <summary><c>{{/helper}}</c>.</summary>
    BlockClose,

    /// <summary><c>{{else}}</c>, <c>{{else if x}}</c> or <c>{{^}}</c>.</summary>
    Else,

    /// <summary><c>{{! … }}</c> or <c>{{!-- … --}}</c>.</summary>
    Comment,

    /// <summary>A construct ModuleGen does not allow: partials, decorators, raw blocks, inverse sections.</summary>
    Unsupported,
}
