using CaseManagement.Testing.Browser;
using CaseManagement.Testing.Database;

[assembly: AssemblyFixture(typeof(TestPostgres))]
[assembly: AssemblyFixture(typeof(Chromium))]
