using System;
using AppsScript.Emulator.Runtime;
using Xunit;

namespace AppsScript.Emulator.Tests;

public class WebAppTests
{
    private const string App = """
        function doGet(e) {
          const body = { query: e.queryString, parameter: e.parameter, parameters: e.parameters, path: e.pathInfo === undefined ? 'none' : e.pathInfo,
                         length: e.contentLength, context: e.contextPath, post: e.postData === undefined };
          return ContentService.createTextOutput(JSON.stringify(body)).setMimeType(ContentService.MimeType.JSON);
        }
        function doPost(e) {
          const out = ContentService.createTextOutput();
          out.append(JSON.stringify({ contents: e.postData.contents, type: e.postData.type, length: e.postData.length, name: e.postData.name,
                                      parameter: e.parameter, contentLength: e.contentLength }));
          return out;
        }
        """;

    [Fact]
    public void DoGet_gets_the_web_app_event_and_its_text_output_is_the_response()
    {
        using var environment = new ScriptEnvironment();

        var result = environment.RunDoGet(ScriptProject.FromSource(App), WebAppRequest.Get("a=1&b=x%20y&a=2", "status"));

        Assert.Equal(ExecutionOrigin.WebAppGet, result.Origin);
        Assert.Equal("application/json", result.Output!.MimeType);
        Assert.Equal("""{"query":"a=1&b=x%20y&a=2","parameter":{"a":"1","b":"x y"},"parameters":{"a":["1","2"],"b":["x y"]},"path":"status","length":-1,"context":"","post":true}""",
            result.Output.Content);
    }

    [Fact]
    public void DoGet_without_a_query_has_a_null_query_string_and_no_path_info()
    {
        using var environment = new ScriptEnvironment();

        var result = environment.RunDoGet(ScriptProject.FromSource(App));

        Assert.Equal("""{"query":null,"parameter":{},"parameters":{},"path":"none","length":-1,"context":"","post":true}""", result.Output!.Content);
    }

    [Fact]
    public void DoPost_gets_post_data_and_form_fields_join_the_parameters()
    {
        using var environment = new ScriptEnvironment();
        var project = ScriptProject.FromSource(App);

        var json = environment.RunDoPost(project, WebAppRequest.Post("""{"likes":["é"]}""", "application/json"));
        var form = environment.RunDoPost(project, WebAppRequest.Post("code=abc&state=xyz", "application/x-www-form-urlencoded", "v=1"));

        Assert.Equal("text/plain", json.Output!.MimeType);
        Assert.Equal("""{"contents":"{\"likes\":[\"é\"]}","type":"application/json","length":16,"name":"postData","parameter":{},"contentLength":16}""", json.Output.Content);
        Assert.Equal("""{"contents":"code=abc&state=xyz","type":"application/x-www-form-urlencoded","length":18,"name":"postData","parameter":{"v":"1","code":"abc","state":"xyz"},"contentLength":18}""",
            form.Output!.Content);
    }

    [Fact]
    public void A_web_app_without_doGet_reports_script_function_not_found()
    {
        using var environment = new ScriptEnvironment();

        var result = environment.RunDoGet(ScriptProject.FromSource("function other() {}"));

        Assert.Equal("Script function not found: doGet", result.Error!.Message);
        Assert.Null(result.Output);
    }

    [Fact]
    public void An_html_output_is_returned_with_its_title()
    {
        using var environment = new ScriptEnvironment();
        var project = ScriptProject.FromSource("""
            function doGet() {
              return HtmlService.createHtmlOutput('<p>Connected</p>').append('<p>').appendUntrusted('<b>&</b>').append('</p>').setTitle('Spotify');
            }
            """);

        var result = environment.RunDoGet(project);

        Assert.Equal(new WebOutput("<p>Connected</p><p>&lt;b&gt;&amp;&lt;/b&gt;</p>", "text/html", "Spotify"), result.Output);
    }

    [Fact]
    public void A_text_output_offers_every_content_service_mime_type()
    {
        using var environment = new ScriptEnvironment();
        var project = ScriptProject.FromSource("function doGet() { return ContentService.createTextOutput('a,b').setMimeType(ContentService.MimeType.CSV).downloadAsFile('x.csv'); }");

        Assert.Equal(new WebOutput("a,b", "text/csv", null), environment.RunDoGet(project).Output);
        Assert.Equal("Invalid argument: mimeType", environment.Run(ScriptProject.FromSource("function f() { ContentService.createTextOutput('').setMimeType('application/json'); }"), "f").Error!.Message);
    }

    [Fact]
    public void A_state_token_runs_its_callback_with_the_providers_query_and_the_tokens_arguments_until_it_expires()
    {
        using var environment = new ScriptEnvironment();
        var project = ScriptProject.FromSource("""
            function connect() {
              return ScriptApp.newStateToken().withMethod('authCallback').withArgument('service', 'spotify').withTimeout(3600).createToken();
            }
            function authCallback(request) {
              return HtmlService.createHtmlOutput(request.parameter.service + ':' + request.parameter.code + ':' + (request.parameter.state.length > 0));
            }
            """);
        var token = environment.Run(project, "connect").Return!.GetValue<string>();

        var callback = environment.RunUserCallback(project, token, "code=abc");
        environment.RunUntil(environment.Clock.GetUtcNow() + TimeSpan.FromSeconds(3600));
        var expired = environment.RunUserCallback(project, token, "code=abc");

        Assert.Equal(ExecutionOrigin.UserCallback, callback.Origin);
        Assert.Equal("spotify:abc:true", callback.Output!.Content);
        Assert.Equal("The state token is invalid or has expired. Please try again.", expired.Error!.Message);
        Assert.Equal("Invalid argument: seconds", environment.Run(ScriptProject.FromSource("function f() { ScriptApp.newStateToken().withTimeout(3601); }"), "f").Error!.Message);
    }
}
