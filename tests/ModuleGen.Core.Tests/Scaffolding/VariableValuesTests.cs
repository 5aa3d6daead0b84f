using System.Text.Json;
using ModuleGen.Core.Common;
using ModuleGen.Core.Scaffolding;

namespace ModuleGen.Core.Tests.Scaffolding;

public sealed class VariableValuesTests
{
    [Theory]
    [InlineData("""{"module":"orders","grpc_port":4100,"flag":true}""")]
    [InlineData("""  "{\"module\":\"orders\",\"grpc_port\":4100,\"flag\":true}"  """)]
    public void FromJson_ObjectOrStringifiedObject_GivesPlainValues(string json)
    {
        var values = VariableValues.FromJson(JsonDocument.Parse(json).RootElement).Value;

        values.Should().BeEquivalentTo(new Dictionary<string, object?> { ["module"] = "orders", ["grpc_port"] = 4100L, ["flag"] = true });
    }

    [Theory]
    [InlineData("\"not json\"")]
    [InlineData("\"[1,2]\"")]
    [InlineData("[1,2]")]
    public void FromJson_NotAnObject_IsRefusedAtVariables(string json)
    {
        var error = VariableValues.FromJson(JsonDocument.Parse(json).RootElement).Errors.Single();

        (error.Code, error.Pointer).Should().Be((ErrorCodes.ArgumentInvalid, "/variables"));
    }
}
