using SpineConformance.SecondClient;
using SpineConformance.SecondClient.Mhs;
using SpineConformance.SecondClient.TestHook;

// The second GP system: its Spine client (ACS sync, LR sync and ebXML), its MHS endpoint and its test hook.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSecondClient(builder.Configuration);

var app = builder.Build();
app.UseMiddleware<OneRequestAtATime>();
app.MapPost("/mhs/inbound", (HttpRequest request, InboundMhs mhs) => mhs.ReceiveAsync(request));
app.MapTestHook();
app.Run();
