// What other features may use of following: the button that follows an obstacle.
export { FollowButton } from './pages.tsx';
