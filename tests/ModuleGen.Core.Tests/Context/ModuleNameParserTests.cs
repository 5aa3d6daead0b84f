using ModuleGen.Core.Common;
using ModuleGen.Core.Context;

namespace ModuleGen.Core.Tests.Context;

public sealed class ModuleNameParserTests
{
    [Theory]
    [InlineData("customer_orders", "customer_orders", "customer-orders", "CustomerOrders", "customerOrders")]
    [InlineData("Customer Orders", "customer_orders", "customer-orders", "CustomerOrders", "customerOrders")]
    [InlineData("customer-orders", "customer_orders", "customer-orders", "CustomerOrders", "customerOrders")]
    [InlineData("CustomerOrders", "customer_orders", "customer-orders", "CustomerOrders", "customerOrders")]
    [InlineData("HTTPServer", "http_server", "http-server", "HttpServer", "httpServer")]
    [InlineData("idea_synthesizer", "idea_synthesizer", "idea-synthesizer", "IdeaSynthesizer", "ideaSynthesizer")]
    [InlineData("orders2 v3", "orders2_v3", "orders2-v3", "Orders2V3", "orders2V3")]
    [InlineData("  spaced__out  ", "spaced_out", "spaced-out", "SpacedOut", "spacedOut")]
    public void Parse_ValidName_GivesEveryCasing(string input, string snake, string kebab, string pascal, string camel)
    {
        var names = ModuleNameParser.Parse(input).Value;

        names.Should().Be(new ModuleNames(input, snake, kebab, pascal, camel));
    }

    [Theory]
    [InlineData("", ErrorCodes.NameEmpty)]
    [InlineData("   ", ErrorCodes.NameEmpty)]
    [InlineData("---", ErrorCodes.NameEmpty)]
    [InlineData("../x", ErrorCodes.NamePathSeparator)]
    [InlineData("a/b", ErrorCodes.NamePathSeparator)]
    [InlineData("a\\b", ErrorCodes.NamePathSeparator)]
    [InlineData("1orders", ErrorCodes.NameLeadingDigit)]
    [InlineData("class", ErrorCodes.NameKeyword)]
    [InlineData("Import", ErrorCodes.NameKeyword)]
    [InlineData("con", ErrorCodes.NameReserved)]
    [InlineData("LPT1", ErrorCodes.NameReserved)]
    [InlineData("orders.v2", ErrorCodes.NameInvalidCharacter)]
    [InlineData("ordérs", ErrorCodes.NameInvalidCharacter)]
    [InlineData("a\0b", ErrorCodes.NameInvalidCharacter)]
    [InlineData("оrders", ErrorCodes.NameInvalidCharacter)] // Cyrillic 'о': a confusable
    public void Parse_BadName_IsRefusedWithTheRuleItBroke(string input, string code)
    {
        var error = ModuleNameParser.Parse(input).Errors.Single();

        error.Code.Should().Be(code);
        error.Pointer.Should().Be("/module");
        error.Hint.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Parse_TooLong_SaysTheLimit()
    {
        var error = ModuleNameParser.Parse(new string('a', 65)).Errors.Single();

        error.Code.Should().Be(ErrorCodes.NameTooLong);
        error.Message.Should().Contain("64");
    }

    [Fact]
    public void Parse_Refusal_NamesTheOffendingValue()
    {
        ModuleNameParser.Parse("../x").Errors.Single().Message.Should().Contain("'../x'");
    }
}
