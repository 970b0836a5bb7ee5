#pragma warning disable
static class Program { static int Main() => 0; }
