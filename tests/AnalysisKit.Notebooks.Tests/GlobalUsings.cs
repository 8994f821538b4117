global using NUnit.Framework;
global using AnalysisKit.Tests.Support;
