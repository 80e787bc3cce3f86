using MudBlazor;

namespace Rackwave.Security.Web.Components.Shared;

/// <summary>The one theme of the portal, light and dark. No web fonts: pages never wait on the network.</summary>
internal static class RackwaveTheme
{
    private static readonly string[] FontStack =
        ["Inter", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "system-ui", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#2F5BEA",
            Secondary = "#0F9D8F",
            Tertiary = "#7C4DFF",
            AppbarBackground = "#FFFFFF",
            AppbarText = "#1B2233",
            Background = "#F5F7FB",
            Surface = "#FFFFFF",
            DrawerBackground = "#FFFFFF",
            TextPrimary = "#1B2233",
            TextSecondary = "#5B6478",
            LinesDefault = "#E3E7EF",
            TableLines = "#E3E7EF",
            Success = "#1E8E5A",
            Warning = "#B86E00",
            Error = "#C62828",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7C9CFF",
            PrimaryContrastText = "#0D121C",
            Secondary = "#3CCFBF",
            Tertiary = "#B39DFF",
            AppbarBackground = "#131A27",
            AppbarText = "#E6EAF2",
            Background = "#0D121C",
            Surface = "#151C2A",
            DrawerBackground = "#131A27",
            TextPrimary = "#E6EAF2",
            TextSecondary = "#9AA4B8",
            LinesDefault = "#263043",
            TableLines = "#263043",
            Success = "#4CC38A",
            Warning = "#F0A840",
            Error = "#FF6B6B",

            // The dark theme's reds are light so they read as text on dark surfaces; white on them
            // is under 3:1. Filled error buttons (Revoke all other sessions) take dark text, as
            // primary ones do: about 6.8:1.
            ErrorContrastText = "#0D121C",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack },
            Button = new ButtonTypography { TextTransform = "none", FontWeight = "600" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "10px" },
    };
}
