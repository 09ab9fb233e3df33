using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Dasan.Ai.Tests")]
[assembly: InternalsVisibleTo("Dasan.Bench")]
