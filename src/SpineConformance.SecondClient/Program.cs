using SpineConformance.SecondClient;

// The second GP system: its Spine client (ACS sync, LR sync and ebXML), its MHS endpoint and its test hook.
SecondClientHost.Create(args).Run();
