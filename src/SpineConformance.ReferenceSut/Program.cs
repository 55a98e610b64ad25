using SpineConformance.ReferenceSut;

// The reference SUT, standalone:
//   dotnet run --project src/SpineConformance.ReferenceSut -- --urls http://127.0.0.1:5100 --ReferenceSut:SpineBaseUrl=http://127.0.0.1:5000
// Tests host the same app in-process with ReferenceSutHost.
var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseReferenceSutDefaultUrl(builder.Configuration);

// Per-request framework and HttpClient logs drown the SUT's own warnings; Logging:LogLevel settings still override this.
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
builder.Services.AddReferenceSut(builder.Configuration);

var app = builder.Build();
app.MapReferenceSut();
app.Run();
