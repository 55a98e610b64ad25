using SpineConformance.DefectDetection;

// The detection run: the feature suite against the reference SUT with no defect (it must pass), then once per catalogued
// defect (each must fail at least one scenario), and a table of what caught each. eng/detect-defects.sh builds and runs it:
//   bash eng/detect-defects.sh [--parallel 3] [--only T02-WSA-TO-MISSING,B04-NO-RBAC-BEFORE-SET]
return await DetectionCommandLine.Build(DetectionRun.RunAsync).Parse(args).InvokeAsync();
