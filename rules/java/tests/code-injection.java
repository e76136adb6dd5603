package com.example.rules;

import groovy.lang.GroovyClassLoader;
import groovy.lang.GroovyShell;
import java.io.StringReader;
import java.util.Map;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.servlet.http.HttpServletRequest;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

public class PricingRules {

    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");
    private final ExpressionParser parser = new SpelExpressionParser();

    @GetMapping("/calc")
    public Object calc(@RequestParam String formula) throws Exception {
        // expect: CWE-95
        return engine.eval(formula);
    }

    public Object discount(double total, String couponRule) throws Exception {
        // expect: CWE-95
        return engine.eval("var total = " + total + "; " + couponRule);
    }

    public Object discountSafe(double total, String couponCode) throws Exception {
        Bindings vars = engine.createBindings();
        vars.put("total", total);
        vars.put("code", couponCode);
        // ok: CWE-95
        return engine.eval("code === 'SPRING' ? total * 0.9 : total", vars);
    }

    public Object fromRequest(HttpServletRequest request) throws Exception {
        // expect: CWE-95
        return engine.eval(new StringReader(request.getParameter("script")));
    }

    public Object precompiled(String source) throws Exception {
        // expect: CWE-95
        return ((Compilable) engine).compile(source).eval();
    }

    public Object groovy(String userScript, Map<String, Object> context) {
        GroovyShell shell = new GroovyShell();
        context.forEach(shell::setVariable);
        // expect: CWE-95
        return shell.evaluate(userScript);
    }

    public Object groovyConstant() {
        GroovyShell shell = new GroovyShell();
        // ok: CWE-95
        return shell.evaluate("1 + 2");
    }

    public Class<?> loadPlugin(String pluginSource) {
        GroovyClassLoader loader = new GroovyClassLoader();
        // expect: CWE-94
        return loader.parseClass(pluginSource);
    }

    @GetMapping("/filter")
    public Object filter(@RequestParam("expr") String expr, Object root) {
        // expect: CWE-94
        Expression e = parser.parseExpression(expr);
        return e.getValue(new StandardEvaluationContext(root));
    }

    public Object orderTotal(Object order) {
        // ok: CWE-94
        Expression e = parser.parseExpression("items.![price * quantity].sum()");
        return e.getValue(order);
    }

    public Object readOnlyProperty(String propertyPath, Object root) {
        SimpleEvaluationContext ctx = SimpleEvaluationContext.forReadOnlyDataBinding().build();
        // ok: CWE-94
        return parser.parseExpression(propertyPath).getValue(ctx, root);
    }

    public boolean matches(String regex, String input) {
        // ok: CWE-95
        return java.util.regex.Pattern.compile(regex).matcher(input).matches();
    }
}
