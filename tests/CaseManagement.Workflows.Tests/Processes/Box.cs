namespace CaseManagement.Workflows.Tests.Processes;

/// <summary>A diagram shape's bounds, for layout checks.</summary>
internal readonly record struct Box(double X, double Y, double Width, double Height)
{
    public (double X, double Y) Center => (X + (Width / 2), Y + (Height / 2));

    public bool Intersects(Box other) =>
        X < other.X + other.Width && other.X < X + Width && Y < other.Y + other.Height && other.Y < Y + Height;

    /// <summary>Whether a point lies on the outline (within a pixel), where bpmn-js starts and ends connections.
    /// Round shapes (events, gateways) are accepted anywhere on their bounding box's outline.</summary>
    public bool OnBorder((double X, double Y) p)
    {
        const double tolerance = 1;
        var inside = p.X >= X - tolerance && p.X <= X + Width + tolerance && p.Y >= Y - tolerance && p.Y <= Y + Height + tolerance;
        var onEdge = Math.Abs(p.X - X) <= tolerance || Math.Abs(p.X - (X + Width)) <= tolerance
            || Math.Abs(p.Y - Y) <= tolerance || Math.Abs(p.Y - (Y + Height)) <= tolerance;
        return inside && onEdge;
    }
}
