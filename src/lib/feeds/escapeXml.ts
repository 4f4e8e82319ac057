/**
 * Escapes text for XML and HTML element content and quoted attribute values,
 * so a title such as `Water & "Sanitation" <script>` stays literal text.
 */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}
