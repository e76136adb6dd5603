using System.Collections.Generic;
using System.Threading.Tasks;
using Jint;
using Microsoft.AspNetCore.Mvc;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Pricing.Rules
{
    public class Globals
    {
        public decimal Total { get; set; }
    }

    public class RuleController : Controller
    {
        [HttpPost("evaluate")]
        public async Task<IActionResult> Evaluate([FromBody] string expression)
        {
            // expect: CWE-95
            var result = await CSharpScript.EvaluateAsync<decimal>(expression);
            return Ok(result);
        }

        public Task<object> ApplyDiscount(string discountRule, decimal total)
        {
            var code = "var total = " + total + "m; " + discountRule;
            // expect: CWE-95
            return CSharpScript.EvaluateAsync(code, ScriptOptions.Default);
        }

        public async Task<decimal> ApplyDiscountSafe(decimal total)
        {
            // ok: CWE-95
            return await CSharpScript.EvaluateAsync<decimal>("Total * 0.9m", globals: new Globals { Total = total });
        }

        public object RunJavaScript(string userScript)
        {
            var engine = new Engine(options => options.TimeoutInterval(System.TimeSpan.FromSeconds(1)));
            // expect: CWE-95
            return engine.Evaluate(userScript).ToObject();
        }

        public object RunJavaScriptFixed(decimal price)
        {
            var engine = new Engine();
            engine.SetValue("price", price);
            // ok: CWE-95
            return engine.Evaluate("price > 100 ? price * 0.95 : price").ToObject();
        }

        public object CompilePlugin(string pluginSource)
        {
            // expect: CWE-94
            var tree = CSharpSyntaxTree.ParseText(pluginSource);
            return PluginCompiler.Compile(tree);
        }

        public object CompileBuiltIn()
        {
            // ok: CWE-94
            var tree = CSharpSyntaxTree.ParseText("public static class Hello { public static string Say() => \"hi\"; }");
            return PluginCompiler.Compile(tree);
        }

        public void RunCommand(ICommandBus bus, string commandText)
        {
            // ok: CWE-95
            bus.Execute(commandText);
        }
    }
}
