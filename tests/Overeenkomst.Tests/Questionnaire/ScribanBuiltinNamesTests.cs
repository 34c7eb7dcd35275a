using Overeenkomst.Questionnaire.Validation;
using Scriban;

namespace Overeenkomst.Tests.Questionnaire;

public class ScribanBuiltinNamesTests
{
    [Fact]
    public void TheNamesWrittenOut_AreScribansOwn()
    {
        var scriban = new TemplateContext().BuiltinObject.Keys.Order(StringComparer.Ordinal);

        Assert.Equal(scriban, ScribanBuiltinNames.All.Order(StringComparer.Ordinal));
    }
}
