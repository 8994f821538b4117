using AnalysisKit.Interactive;

[assembly: NotebookLibraries(typeof(Plotly.NET.GenericChart), typeof(Plotly.NET.CSharp.Chart), typeof(Deedle.Frame), typeof(AnalysisKit.Frames.TrialFrames))]
